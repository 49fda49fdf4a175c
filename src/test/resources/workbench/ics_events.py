"""Parses an iCalendar feed with python3-icalendar (a parser independent of ours) and prints its
events as JSON: uid, url, summary, dtstart (ISO date), dtend, description, rrule (as the parser reads it back)."""
import json
import sys

from icalendar import Calendar

calendar = Calendar.from_ical(open(sys.argv[1], "rb").read())
events = []
for e in calendar.walk("VEVENT"):
    events.append({
        "uid": str(e["UID"]),
        "url": str(e.get("URL", "")),
        "summary": str(e["SUMMARY"]),
        "description": str(e.get("DESCRIPTION", "")),
        "dtstart": e.decoded("DTSTART").isoformat(),
        "dtend": e.decoded("DTEND").isoformat(),
        "rrule": e["RRULE"].to_ical().decode() if "RRULE" in e else "",
    })
print(json.dumps({"name": str(calendar.get("X-WR-CALNAME", "")), "version": str(calendar["VERSION"]), "events": events}, ensure_ascii=False))
