using Juesuan.Web;

var app = JuesuanWeb.Build(args);
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
