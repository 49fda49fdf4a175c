"""A synthetic multiple of the gazette corpus for the growth benchmark (scripts/build-benchmark.sh, SYNTHETIC=N).

usage: synthetic_corpus.py GAZETTE_DIR OUT_DIR COPIES

Writes COPIES new documents for every gazette text that states its number ("Số: 162/2026/NĐ-CP"): the number
becomes a new one (162 -> 100162 for copy 1, 200162 for copy 2, ...), the place in the date line becomes one
of the provinces' seats in turn, and the wording is resampled: every line that is not a heading, an article or
a numbered point swaps place with another such line of the same document, at random (one seed per copy).
The preamble, headings, articles, points and page furniture stay where they are, so each copy reads as a document of the same
kind and shape, with the same vocabulary, but no clause repeats another word for word. Texts without a
number are skipped (their copies would all be one document). Nothing is written into the repository.
"""
import pathlib
import random
import re
import sys

PLACES = ["Lào Cai", "Lai Châu", "Điện Biên", "Sơn La", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Hải Phòng",
          "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Đắk Lắk",
          "Khánh Hòa", "Lâm Đồng", "Đồng Nai", "Thành phố Hồ Chí Minh", "Tây Ninh", "Đồng Tháp", "Vĩnh Long",
          "Cần Thơ", "An Giang", "Cà Mau"]
NUMBER = re.compile(r"(Số:\s*)(\d+)")
PLACE = re.compile(r"^(\s*)Hà Nội(, ngày)", re.M)
# A line that keeps its place: article, chapter, section, numbered or lettered point, a heading in capitals,
# page furniture (gazette header, page number, signature block).
FIXED = re.compile(r"^\s*(Điều\s+\d|Chương\s|Mục\s|Phần\s|[IVXLC]+\.|\d+(\.\d+)*[.)]|[a-zđ]\)|-|\+|CÔNG BÁO|Số:|"
                   r"Ký bởi:|Cơ quan:|Ngày ký:|Thời gian ký:|\d+\s*$|[A-ZÀ-Ỹ\s,]{6,}$)|^\s*$")
# The body starts at the first article, chapter, part or Roman-numbered section; the preamble stays as it is.
BODY = re.compile(r"^\s*(Điều\s+1\b|Chương\s+I\b|Phần\s+I\b|Phần thứ nhất|I\.)", re.M)


def copy(text, k, rng):
    number = NUMBER.search(text)
    if not number:
        return None
    text = NUMBER.sub(lambda m: m.group(1) + str(k * 100000 + int(m.group(2))), text, count=1)
    text = PLACE.sub(lambda m: m.group(1) + PLACES[(k - 1) % len(PLACES)] + m.group(2), text, count=1)
    lines = text.split("\n")
    body = BODY.search(text)
    start = text.count("\n", 0, body.start()) if body else len(lines)
    free = [i for i, line in enumerate(lines) if i > start and not FIXED.match(line)]
    moved = free[:]
    rng.shuffle(moved)
    out = lines[:]
    for i, j in zip(free, moved):
        out[i] = lines[j]
    return "\n".join(out)


def main():
    gazette, out, copies = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    written = skipped = 0
    for k in range(1, copies + 1):
        rng = random.Random(k)
        target = out / f"copy-{k:02d}"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(gazette.glob("*/*.txt")):
            text = copy(source.read_text(encoding="utf-8", errors="replace"), k, rng)
            if text is None:
                skipped += 1
                continue
            (target / f"{source.parent.name}--{source.name}").write_text(text, encoding="utf-8")
            written += 1
    print(f"{written} documents written in {copies} copies, {skipped // max(copies, 1)} texts without a number skipped")


if __name__ == "__main__":
    main()
