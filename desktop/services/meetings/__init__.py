"""Rapat (meetings): series, meetings, participants, agenda, discussion, decisions, RTL, finalising, printing.

Modules:
    codes: code lists and labels.
    records: the plain data classes in and out, and version snapshots as JSON.
    meeting_service: series and meetings, carry-over of open RTL and unfinished agenda items.
    content_service: participants (people directory), agenda, discussion, decisions, RTL and their status.
    versions: finalise (lock + snapshot), corrections, earlier versions.
    attachments: files kept with a meeting under the data folder, by SHA-256.
    directory: the people directory search and the RTL overview across meetings.
    printing: notulen, berita acara and daftar hadir as PDF.
"""
