using System.Text;
using Juesuan.Documents.Excel;
using Juesuan.Documents.Layout;
using Juesuan.Documents.Text;
using Juesuan.Documents.Word;
using Juesuan.Domain.Disclosures;

namespace Juesuan.Documents.Writing;

/// <summary>Writes a disclosure in the plain layout to .txt (Word text form), .docx and .xlsx.</summary>
public static class DisclosureFiles
{
    /// <summary>The Word-text form.</summary>
    public static string ToText(Disclosure d) => WordTextWriter.Write(DisclosureLayoutWriter.Write(d));

    /// <summary>Writes a .docx.</summary>
    public static void WriteDocx(Disclosure d, Stream output) => DocxLayoutWriter.Write(DisclosureLayoutWriter.Write(d), output);

    /// <summary>Writes an .xlsx.</summary>
    public static void WriteXlsx(Disclosure d, Stream output) => XlsxLayoutWriter.Write(DisclosureLayoutWriter.Write(d), output);

    /// <summary>Writes any layout (paragraphs and tables, e.g. a scored indicator table) as .docx.</summary>
    public static void WriteDocx(LayoutDocument layout, Stream output) => DocxLayoutWriter.Write(layout, output);

    /// <summary>Writes any layout as .xlsx, one sheet per table, numbers as numbers.</summary>
    public static void WriteXlsx(LayoutDocument layout, Stream output) => XlsxLayoutWriter.Write(layout, output);

    /// <summary>Writes NAME.txt, NAME.docx and NAME.xlsx into a folder and returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(Disclosure d, string folder, string name)
    {
        var txt = Path.Combine(folder, name + ".txt");
        File.WriteAllText(txt, ToText(d), new UTF8Encoding(false));
        var docx = Path.Combine(folder, name + ".docx");
        using (var s = File.Create(docx))
        {
            WriteDocx(d, s);
        }

        var xlsx = Path.Combine(folder, name + ".xlsx");
        using (var s = File.Create(xlsx))
        {
            WriteXlsx(d, s);
        }

        return [txt, docx, xlsx];
    }
}
