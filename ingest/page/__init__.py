"""Tell what a text is: a document, a report about a document, or a page that only mentions.

Real pages are often not the document itself:

* a **report** (news item, portal summary, a repost's lead): "Ban Thường vụ Tỉnh ủy vừa ban
  hành Kế hoạch số 207-KH/TU triển khai Chỉ thị số 35-CT/TW …", "Ngày 23/8/2017, Tỉnh ủy Thừa
  Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện …". The document it reports is
  what the page is about: its code, kind, issuer, place and date, and the relations the report
  states, run from it;
* **other** pages (a conference item, a speech, a news item on a meeting): "Hội nghị triển khai
  Nghị quyết số …" implements nothing; such a page only cites;
* a **document**: its own text or its opening, with or without a header: a heading, a number
  line, a signature, or its own act in the opening ("UBND xã xây dựng Kế hoạch …") tells it.

Cues are matched on the shadow text (lower case, no diacritics) of the opening lines only.

The families live in modules of their own (leads, meetings, not_yet, reposts, reports,
statements, actors, dates, english, over the helpers of common); read.read_page runs them.
"""
