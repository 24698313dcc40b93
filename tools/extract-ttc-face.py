#!/usr/bin/env python3
"""Extract one face of a TrueType collection (.ttc) as a standalone .ttf.

PDFsharp 6.2 cannot open a collection, so the project ships a single face.
The output contains the face's tables, each starting on a 4-byte boundary,
with a rebuilt table directory, recomputed table checksums and a new
head.checkSumAdjustment (0xB1B0AFBA minus the checksum of the whole file).

Usage: extract-ttc-face.py INPUT.ttc OUTPUT.ttf [--face N]
The run is reproducible: the same input gives byte-identical output.
"""

import argparse
import struct
import sys

TTC_TAG = b"ttcf"
HEAD_TAG = b"head"
# Offset of checkSumAdjustment inside the head table.
CHECKSUM_ADJUSTMENT_OFFSET = 8
CHECKSUM_MAGIC = 0xB1B0AFBA


def table_checksum(data):
    """Sum the data as big-endian uint32 words, zero-padded, modulo 2^32."""
    padded = data + b"\0" * (-len(data) % 4)
    total = 0
    for (word,) in struct.iter_unpack(">I", padded):
        total = (total + word) & 0xFFFFFFFF
    return total


def read_face_tables(collection, face_index):
    """Return the face's sfnt version and its tables as (tag, bytes), sorted by tag."""
    if collection[:4] != TTC_TAG:
        sys.exit("input is not a TrueType collection: it does not start with 'ttcf'")

    (face_count,) = struct.unpack_from(">I", collection, 8)
    if not 0 <= face_index < face_count:
        sys.exit(f"face {face_index} not found: the collection has {face_count} faces")

    (face_offset,) = struct.unpack_from(">I", collection, 12 + 4 * face_index)
    sfnt_version, table_count = struct.unpack_from(">IH", collection, face_offset)

    tables = []
    for index in range(table_count):
        record_offset = face_offset + 12 + 16 * index
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", collection, record_offset)
        # Table offsets in a collection count from the start of the file.
        tables.append((tag, collection[offset:offset + length]))

    tables.sort(key=lambda table: table[0])
    return sfnt_version, tables


def build_font(sfnt_version, tables):
    """Lay out a single-font file: offset table, table records, then padded table data."""
    table_count = len(tables)
    entry_selector = table_count.bit_length() - 1
    search_range = (1 << entry_selector) * 16
    range_shift = table_count * 16 - search_range

    header = struct.pack(">IHHHH", sfnt_version, table_count, search_range, entry_selector, range_shift)
    data_offset = len(header) + 16 * table_count

    records = []
    body = bytearray()
    head_position = None
    for tag, data in tables:
        if tag == HEAD_TAG:
            # The head checksum is computed with checkSumAdjustment set to zero.
            data = bytearray(data)
            struct.pack_into(">I", data, CHECKSUM_ADJUSTMENT_OFFSET, 0)
            data = bytes(data)
            head_position = data_offset + len(body)

        records.append(struct.pack(">4sIII", tag, table_checksum(data), data_offset + len(body), len(data)))
        body += data
        body += b"\0" * (-len(body) % 4)

    font = bytearray(header + b"".join(records) + body)
    if head_position is not None:
        adjustment = (CHECKSUM_MAGIC - table_checksum(bytes(font))) & 0xFFFFFFFF
        struct.pack_into(">I", font, head_position + CHECKSUM_ADJUSTMENT_OFFSET, adjustment)

    return bytes(font)


def main():
    parser = argparse.ArgumentParser(description="Extract one face of a .ttc as a standalone .ttf.")
    parser.add_argument("input", help="TrueType collection to read")
    parser.add_argument("output", help=".ttf file to write")
    parser.add_argument("--face", type=int, default=0, help="zero-based face index (default 0)")
    arguments = parser.parse_args()

    with open(arguments.input, "rb") as source:
        collection = source.read()

    sfnt_version, tables = read_face_tables(collection, arguments.face)
    font = build_font(sfnt_version, tables)
    with open(arguments.output, "wb") as target:
        target.write(font)

    print(f"wrote face {arguments.face} ({len(tables)} tables, {len(font)} bytes) to {arguments.output}")


if __name__ == "__main__":
    main()
