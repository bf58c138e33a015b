using System.Globalization;
using System.Text;

namespace Juesuan.Domain.Diagnostics;

/// <summary>
/// Where something came from in an input file. Text inputs give a 1-based line (and column);
/// Word files give table/row/cell; spreadsheets give sheet!A1; PDFs give the page.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>The input file's path as given by the user.</summary>
    public string File { get; init; } = string.Empty;

    /// <summary>1-based line of a text input.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column of a text input.</summary>
    public int? Column { get; init; }

    /// <summary>1-based page of a PDF or of a text with page markers.</summary>
    public int? Page { get; init; }

    /// <summary>1-based table index in a Word file.</summary>
    public int? Table { get; init; }

    /// <summary>1-based row within the table.</summary>
    public int? Row { get; init; }

    /// <summary>1-based cell within the row.</summary>
    public int? Cell { get; init; }

    /// <summary>Spreadsheet reference such as "收入决算表!C7".</summary>
    public string? SheetCell { get; init; }

    /// <summary>A location in a text file.</summary>
    public static SourceLocation AtLine(string file, int line, int? column = null, int? page = null) =>
        new() { File = file, Line = line, Column = column, Page = page };

    /// <summary>The location of a whole file.</summary>
    public static SourceLocation OfFile(string file) => new() { File = file };

    /// <summary>
    /// A compact description without the file: "line 12", "page 3", "table 2 row 5 cell 3",
    /// "收入决算表!C7". Empty for a whole file.
    /// </summary>
    public string Describe()
    {
        var sb = new StringBuilder();
        void Add(string part)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(part);
        }

        var c = CultureInfo.InvariantCulture;
        if (SheetCell is not null)
        {
            Add(SheetCell);
        }

        if (Page is { } p)
        {
            Add(string.Create(c, $"page {p}"));
        }

        if (Line is { } l)
        {
            Add(string.Create(c, $"line {l}"));
        }

        if (Table is { } t)
        {
            Add(string.Create(c, $"table {t}"));
        }

        if (Row is { } r)
        {
            Add(string.Create(c, $"row {r}"));
        }

        if (Cell is { } k)
        {
            Add(string.Create(c, $"cell {k}"));
        }

        return sb.ToString();
    }

    /// <summary>Compiler style: "file:12:3" for text, else "file (page 3 …)".</summary>
    public override string ToString()
    {
        if (Line is { } line && Table is null && SheetCell is null)
        {
            return Column is { } col
                ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}:{col}")
                : string.Create(CultureInfo.InvariantCulture, $"{File}:{line}");
        }

        var d = Describe();
        return d.Length == 0 ? File : $"{File} ({d})";
    }
}
