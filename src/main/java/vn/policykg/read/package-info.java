/**
 * The first stage of the pipeline: a published file (PDF, DOCX, HTML, plain text, Markdown) becomes a
 * {@link vn.policykg.read.ReadDocument}, the document's text in reading order with its tables as rows and
 * cells and, for every line, where it stands in the original file (page and line, paragraph, or line).
 * Nothing here interprets the words; the structure parsers of {@code vn.policykg.source} do that.
 *
 * <p>To add a format: implement {@link vn.policykg.read.DocumentReader} on a maintained library, give it
 * the media types and file extensions it reads, and register it in {@link vn.policykg.read.ReaderRegistry#standard()}
 * (or on a registry of your own with {@link vn.policykg.read.ReaderRegistry#register}). A reader must
 * honour {@link vn.policykg.read.ReadLimits} and report a file it cannot read with
 * {@link vn.policykg.read.UnreadableFileException}, naming the page or line at fault.
 */
package vn.policykg.read;
