using Juesuan.Documents.Writing.Html;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Juesuan.Web.Public;

/// <summary>
/// The published document behind the portal page: <c>/disclosures/{id}/document</c> (the whole
/// disclosure as one HTML page, written by the same writer as <c>juesuan render</c>),
/// <c>/disclosures/{id}/file</c> (the file as uploaded), <c>/disclosures/{id}/model.json</c> and
/// <c>/disclosures/{id}/download/{docx|xlsx|pdf|json}</c> (the official layout).
/// Unpublished ones answer 404.
/// </summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        // Only published versions are served here and they never change: cached like the pages.
        var group = routes.MapGroup("/disclosures/{id:int}").WithTags("Public").CacheOutput(Workflow.PortalCache.Policy);
        group.MapGet("/document", async Task<Results<ContentHttpResult, NotFound>> (int id, PublicCatalog catalog, CancellationToken cancel) =>
        {
            if (await catalog.LatestPublishedVersionAsync(id, cancel) is not { } v)
            {
                return TypedResults.NotFound();
            }

            return TypedResults.Content(DisclosureHtmlWriter.Write(DocumentFiles.Model(v)), "text/html; charset=utf-8");
        });
        group.MapGet("/file", async Task<Results<FileContentHttpResult, NotFound>> (int id, PublicCatalog catalog, CancellationToken cancel) =>
            await catalog.LatestPublishedVersionAsync(id, cancel) is { } v
                ? TypedResults.File(v.Content, "application/octet-stream", v.FileName)
                : TypedResults.NotFound());
        group.MapGet("/model.json", async Task<Results<ContentHttpResult, NotFound>> (int id, PublicCatalog catalog, CancellationToken cancel) =>
            await catalog.LatestPublishedVersionAsync(id, cancel) is { } v
                ? TypedResults.Content(v.ModelJson, "application/json; charset=utf-8")
                : TypedResults.NotFound());
        group.MapGet("/download/{format}", async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> (int id, string format, PublicCatalog catalog, DocumentFiles files, CancellationToken cancel) =>
        {
            if (!DocumentFiles.Formats.TryGetValue(format, out var contentType))
            {
                return TypedResults.Problem($"不提供“{format}”格式（可用：{string.Join("、", DocumentFiles.Formats.Keys)}）", statusCode: StatusCodes.Status404NotFound);
            }

            if (await catalog.LatestPublishedVersionAsync(id, cancel) is not { } v)
            {
                return TypedResults.NotFound();
            }

            var (bytes, error) = files.Write(v, format);
            return bytes is null
                ? TypedResults.Problem(error, statusCode: StatusCodes.Status503ServiceUnavailable, title: "暂时无法生成该格式")
                : TypedResults.File(bytes, contentType, DocumentFiles.DownloadName(v, format));
        });
        return routes;
    }
}
