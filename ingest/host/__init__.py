"""Read what a document says about itself: issuing body, level, place, date, signer, recipients.

Sources, in order of trust: metadata given by the user (front matter, --meta), the header
and heading, the opening sentence, the signature block, and names of superior bodies cited
in the text ("Tỉnh ủy Bắc Giang" cited by a district plan places it in Bắc Giang).

The readers live in modules of their own (facts runs them; header, dates, issuer, places,
opening_places, levels, names, signature, over the helper of common); metadata reads what
the user gives.
"""
