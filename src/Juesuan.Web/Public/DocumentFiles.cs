using Juesuan.Data.Entities;
using Juesuan.Documents.Json;
using Juesuan.Documents.Writing;
using Juesuan.Documents.Writing.Official;
using Juesuan.Documents.Writing.Rendering;
using Juesuan.Domain.Disclosures;
using Microsoft.Extensions.Caching.Memory;

namespace Juesuan.Web.Public;

/// <summary>
/// A stored version's downloads in the official layout, written by the same writers as
/// <c>juesuan render</c>: .docx, .xlsx, .pdf (LibreOffice on the server) and the JSON model.
/// Written files are kept in memory per version, so a popular disclosure is converted once.
/// </summary>
public sealed class DocumentFiles(IMemoryCache cache)
{
    /// <summary>The formats offered, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pdf"] = "application/pdf",
        ["json"] = "application/json",
    };

    /// <summary>The model of a stored version.</summary>
    public static Disclosure Model(DisclosureVersion v) => DisclosureJsonReader.Read(v.ModelJson, v.FileName)[0];

    /// <summary>The file name a download gets: 部门 + 年度 + format.</summary>
    public static string DownloadName(DisclosureVersion v, string format) =>
        $"{v.Disclosure?.Department?.Name}{v.Disclosure?.Year}年度部门决算.{format}";

    /// <summary>The bytes of <paramref name="format"/>; null with a reason when it cannot be written here.</summary>
    public (byte[]? Bytes, string? Error) Write(DisclosureVersion v, string format) =>
        cache.GetOrCreate((v.Id, format), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var result = WriteNew(v, format);
            if (result.Bytes is null)
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(1);
            }

            return result;
        });

    private static (byte[]? Bytes, string? Error) WriteNew(DisclosureVersion v, string format)
    {
        if (format == "json")
        {
            return (System.Text.Encoding.UTF8.GetBytes(v.ModelJson), null);
        }

        var layout = OfficialLayoutWriter.Write(Model(v));
        using var ms = new MemoryStream();
        if (format == "xlsx")
        {
            DisclosureFiles.WriteXlsx(layout, ms);
            return (ms.ToArray(), null);
        }

        DisclosureFiles.WriteDocx(layout, ms);
        return format == "pdf" ? Pdf(ms.ToArray()) : (ms.ToArray(), null);
    }

    private static (byte[]? Bytes, string? Error) Pdf(byte[] docx)
    {
        var folder = Directory.CreateTempSubdirectory("juesuan-pdf-");
        try
        {
            var path = Path.Combine(folder.FullName, "disclosure.docx");
            File.WriteAllBytes(path, docx);
            var (pdf, error) = PdfConverter.Convert(path, folder.FullName);
            return pdf is null ? (null, error ?? "PDF 转换失败") : (File.ReadAllBytes(pdf), null);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
