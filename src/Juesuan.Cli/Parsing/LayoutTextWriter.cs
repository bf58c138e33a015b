using Juesuan.Documents.Layout;

namespace Juesuan.Cli.Parsing;

/// <summary>
/// `juesuan parse --format layout`: the paragraphs and table rows a reader saw, before
/// interpretation — for finding out why a table was read the way it was.
/// </summary>
internal static class LayoutTextWriter
{
    public static void Write(LayoutDocument layout, TextWriter o)
    {
        o.WriteLine($"{layout.Path} [{layout.Format}]");
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case LayoutParagraph p:
                    o.WriteLine($"  P {p.Location.Describe()}: {p.Text}");
                    break;
                case LayoutTable t:
                    o.WriteLine($"  T {t.Location.Describe()}: {t.Rows.Count} rows");
                    foreach (var row in t.Rows)
                    {
                        var cells = row.Cells.Select(c => (c.ColumnSpan > 1 ? $"<{c.ColumnSpan}>" : string.Empty) + c.Text.Replace("\n", "⏎", StringComparison.Ordinal));
                        o.WriteLine($"    {row.Location.Describe()} [{row.Cells.Count}] {string.Join(" | ", cells)}");
                    }

                    break;
            }
        }

        foreach (var d in layout.Diagnostics)
        {
            o.WriteLine($"  {d}");
        }
    }
}
