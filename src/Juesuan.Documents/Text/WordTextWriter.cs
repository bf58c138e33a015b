using System.Text;
using Juesuan.Documents.Layout;

namespace Juesuan.Documents.Text;

/// <summary>
/// Writes a layout as the plain-text extraction of a Word file (the seeds' form): paragraphs
/// one per line; table cells one per line behind a tab, further paragraphs of a cell on their
/// own lines, rows separated by a blank line.
/// </summary>
public static class WordTextWriter
{
    /// <summary>The text of the whole layout.</summary>
    public static string Write(LayoutDocument layout)
    {
        var sb = new StringBuilder();
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case LayoutParagraph p:
                    sb.Append(p.Text.Replace('\n', ' ')).Append('\n');
                    break;
                case LayoutTable t:
                    foreach (var row in t.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            var lines = cell.Text.Split('\n');
                            sb.Append('\t').Append(lines[0]).Append('\n');
                            foreach (var more in lines.Skip(1))
                            {
                                sb.Append(more).Append('\n');
                            }
                        }

                        sb.Append('\n');
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
