namespace Juesuan.Domain.Diagnostics;

/// <summary>
/// Every diagnostic the readers produce, with its code, severity and message text, in one
/// place so that tests assert the exact words users see.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The file does not exist.</summary>
    public static Diagnostic FileNotFound(string file) =>
        new("JS0001", Severity.Error, "文件不存在", SourceLocation.OfFile(file));

    /// <summary>The file cannot be opened (permissions, a folder, I/O).</summary>
    public static Diagnostic Unreadable(string file, string reason) =>
        new("JS0002", Severity.Error, $"无法读取文件：{reason}", SourceLocation.OfFile(file));

    /// <summary>The file is larger than the reader accepts.</summary>
    public static Diagnostic TooLarge(string file, long bytes, long limit) =>
        new("JS0003", Severity.Error, $"文件过大（{bytes / 1048576.0:F1} MB，上限 {limit / 1048576} MB）", SourceLocation.OfFile(file));

    /// <summary>The format is not one Juesuan reads.</summary>
    public static Diagnostic UnknownFormat(string file) =>
        new("JS0004", Severity.Error, "无法识别的文件格式（支持 .txt、.docx、.xlsx、.pdf）", SourceLocation.OfFile(file));

    /// <summary>The file is encrypted or password protected.</summary>
    public static Diagnostic Encrypted(string file) =>
        new("JS0005", Severity.Error, "文件已加密或受密码保护，无法读取", SourceLocation.OfFile(file));

    /// <summary>The container is damaged (bad zip, broken PDF structure).</summary>
    public static Diagnostic Corrupt(string file, string format) =>
        new("JS0006", Severity.Error, $"文件已损坏，不是有效的 {format} 文件", SourceLocation.OfFile(file));

    /// <summary>Nothing in the file looks like a final-accounts disclosure or self-evaluation.</summary>
    public static Diagnostic NotADisclosure(string file) =>
        new("JS0007", Severity.Error, "文件中没有找到部门决算表格、情况说明或绩效自评内容", SourceLocation.OfFile(file));

    /// <summary>The text is not valid in any encoding tried.</summary>
    public static Diagnostic BadEncoding(string file) =>
        new("JS0008", Severity.Error, "文件不是可识别的文本编码（UTF-8 / GB18030）", SourceLocation.OfFile(file));

    /// <summary>A PDF page has no text layer (a scan).</summary>
    public static Diagnostic NoTextLayer(string file, int page) =>
        new("JS0009", Severity.Warning, "该页没有文字层（可能是扫描件），未读取", new SourceLocation { File = file, Page = page });

    /// <summary>A folder given to <c>check</c> holds no file Juesuan reads.</summary>
    public static Diagnostic NoInputFiles(string folder) =>
        new("JS0011", Severity.Error, "文件夹中没有可审核的文件（.txt、.docx、.xlsx、.pdf）", SourceLocation.OfFile(folder));

    /// <summary>A JSON model that is not valid JSON or lacks "documents".</summary>
    public static Diagnostic BadModel(string file, string reason) =>
        new("JS0012", Severity.Error, $"JSON 模型无法读取：{reason}", SourceLocation.OfFile(file));

    /// <summary>A JSON model with several documents: the first is read.</summary>
    public static Diagnostic SeveralModels(string file, int count) =>
        new("JS0013", Severity.Warning, $"JSON 中有 {count} 个文档，只读取第一个", SourceLocation.OfFile(file));

    /// <summary>A cell of the input workbook that cannot be taken (a code not in the catalog, text where an amount goes).</summary>
    public static Diagnostic BadInput(string file, string sheetCell, string message) =>
        new("JS0014", Severity.Error, message, new SourceLocation { File = file, SheetCell = sheetCell });

    /// <summary>A standard table is absent from a final-accounts document.</summary>
    public static Diagnostic MissingTable(string file, string title) =>
        new("JS0101", Severity.Warning, $"缺少{title}", SourceLocation.OfFile(file));

    /// <summary>A code the catalog does not know.</summary>
    public static Diagnostic UnknownCode(SourceLocation at, string code, string kindName) =>
        new("JS0102", Severity.Warning, $"{kindName}科目编码 {code} 不在分类目录中", at);

    /// <summary>A printed code/name pair that the catalog names differently.</summary>
    public static Diagnostic CodeNameMismatch(SourceLocation at, string code, string printed, string official) =>
        new("JS0103", Severity.Info, $"科目 {code} 的名称“{printed}”与分类目录“{official}”不一致", at);

    /// <summary>A cell where a number is expected holds something else.</summary>
    public static Diagnostic NotANumber(SourceLocation at, string text, string column) =>
        new("JS0104", Severity.Warning, $"“{column}”栏应为数字，实为“{text}”", at);

    /// <summary>A table whose kind was recognised but whose unit was not stated.</summary>
    public static Diagnostic UnitMissing(SourceLocation at, string title) =>
        new("JS0105", Severity.Info, $"{title}未注明金额单位，按万元读取", at);

    /// <summary>A table that could not be given a kind.</summary>
    public static Diagnostic UnrecognizedTable(SourceLocation at, string firstCells) =>
        new("JS0106", Severity.Info, $"未识别的表格：{firstCells}", at);

    /// <summary>The reader stopped because the document is too large or too deep.</summary>
    public static Diagnostic Truncated(string file, string what) =>
        new("JS0010", Severity.Warning, $"内容过多，已截断：{what}", SourceLocation.OfFile(file));

    /// <summary>True for the diagnostics that mean the file as a whole could not be read (JS0001–JS0008).</summary>
    public static bool IsInputFailure(Diagnostic d) =>
        d.Severity == Severity.Error && d.Code.StartsWith("JS000", StringComparison.Ordinal) && d.Code != "JS0009";
}
