using Juesuan.Documents.Reading;
using Juesuan.Domain.Findings;
using Juesuan.Rules.Checking;
using Juesuan.Rules.Reporting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Juesuan.Web.Checking;

/// <summary>
/// <c>POST /api/check</c>: audits one uploaded file (multipart field <c>file</c>), anonymously,
/// storing nothing, and returns the JSON of <c>juesuan check --format json</c>. A file that
/// cannot be read answers 422 with the same JSON (its document carries the error); a form
/// without a file answers 400 and a body that is not multipart 415, both as ProblemDetails.
/// </summary>
public static class CheckApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapCheckApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/check", Check)
            .DisableAntiforgery() // anonymous and stateless: there is no session to forge
            .WithName("Check")
            .WithSummary("审核一个文件（与 juesuan check --format json 相同的 JSON）")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status422UnprocessableEntity, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return routes;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Check(HttpRequest request, Checker checker, CancellationToken cancel)
    {
        var form = await request.ReadFormAsync(cancel);
        if (form.Files.GetFile("file") is not { } file)
        {
            return TypedResults.Problem("表单中没有名为 file 的文件", statusCode: StatusCodes.Status400BadRequest, title: "没有上传文件");
        }

        if (file.Length > JuesuanWeb.MaxUpload)
        {
            return TypedResults.Problem($"文件超过 {JuesuanWeb.MaxUpload / 1024 / 1024} MB", statusCode: StatusCodes.Status413PayloadTooLarge, title: "文件过大");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        var name = Path.GetFileName(file.FileName);
        var read = DisclosureReader.Read(name, buffer.ToArray());
        var report = read.Succeeded ? checker.Check(read.Disclosure!) : new CheckReport { Path = name, InputFailure = read.Failure };
        var json = CheckJsonWriter.ToJson([report]);
        return TypedResults.Content(json, "application/json; charset=utf-8", statusCode: read.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }
}
