/**
 * Tools for the people who follow up on programmes: tasks by deadline (page and iCalendar feed), exports
 * of tasks and targets for spreadsheets (CSV, JSON), the implementation tree of a resolution, and the
 * SPARQL editor with the documented queries of {@code queries/}. Tasks and targets come from the read model
 * {@link vn.policykg.web.facts.FactReader}, which the resource pages share.
 *
 * <p>To add a tool: a controller here over those read models (or a new one beside them), a template, and a
 * test on the seeds that checks what a user would read (see {@code DeadlinesTest}).
 */
package vn.policykg.web.workbench;
