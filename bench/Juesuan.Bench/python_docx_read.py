"""Times python-docx reading .docx files in-process, so interpreter start-up is excluded.

Run by the quick harness with the system interpreter (/usr/bin/python3, where Debian's
python3-docx is installed). Usage: python_docx_read.py ITERATIONS WARMUP FILE...
Prints one line per file, times in milliseconds:
path<TAB>median<TAB>p90<TAB>min<TAB>cpu_median<TAB>paragraphs<TAB>cells
"""
import math
import statistics
import sys
import time

import docx


def read(path):
    # Open and touch every paragraph's and every table cell's text, which is what a reader
    # of a disclosure needs at the least; python-docx builds text lazily, so it must be read.
    document = docx.Document(path)
    paragraphs = 0
    cells = 0
    for paragraph in document.paragraphs:
        paragraph.text
        paragraphs += 1
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text
                cells += 1
    return paragraphs, cells


def main():
    iterations = int(sys.argv[1])
    warmup = int(sys.argv[2])
    for path in sys.argv[3:]:
        for _ in range(warmup):
            read(path)
        wall = []
        cpu = []
        counts = (0, 0)
        for _ in range(iterations):
            cpu_start = time.process_time()
            start = time.perf_counter()
            counts = read(path)
            wall.append((time.perf_counter() - start) * 1000.0)
            cpu.append((time.process_time() - cpu_start) * 1000.0)
        wall.sort()
        p90 = wall[max(0, math.ceil(0.9 * len(wall)) - 1)]
        print(
            f"{path}\t{statistics.median(wall):.4f}\t{p90:.4f}\t{wall[0]:.4f}"
            f"\t{statistics.median(cpu):.4f}\t{counts[0]}\t{counts[1]}",
            flush=True,
        )


if __name__ == "__main__":
    main()
