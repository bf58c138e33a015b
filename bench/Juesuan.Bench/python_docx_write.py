"""Times python-docx writing documents in-process (interpreter start-up excluded).

The render harness's named peer. Usage: python_docx_write.py ITERATIONS WARMUP FILE.json...
Each JSON file is a list of blocks, {"p": text} or {"t": [[cell, ...], ...]}, the same
paragraphs and table cells Juesuan writes. python-docx writes them as plain paragraphs and
'Table Grid' tables (no merged cells, no page setup), saved to memory.
Prints one line per file: path<TAB>median<TAB>p90<TAB>min<TAB>cpu_median (milliseconds).
"""
import io
import json
import math
import statistics
import sys
import time

import docx


def write(blocks):
    document = docx.Document()
    for block in blocks:
        if "p" in block:
            document.add_paragraph(block["p"])
        else:
            rows = block["t"]
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = table.rows[i].cells
                for j, text in enumerate(row):
                    cells[j].text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.tell()


def main():
    iterations = int(sys.argv[1])
    warmup = int(sys.argv[2])
    for path in sys.argv[3:]:
        with open(path, encoding="utf-8") as f:
            blocks = json.load(f)
        for _ in range(warmup):
            write(blocks)
        wall = []
        cpu = []
        for _ in range(iterations):
            w, c = time.perf_counter(), time.process_time()
            write(blocks)
            wall.append((time.perf_counter() - w) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        ordered = sorted(wall)
        p90 = ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]
        print(f"{path}\t{statistics.median(wall):.3f}\t{p90:.3f}\t{min(wall):.3f}\t{statistics.median(cpu):.3f}")


if __name__ == "__main__":
    main()
