using Liaison.Web.Hosting;

var builder = WebApplication.CreateBuilder(DemoSwitch.Translate(args));
builder.AddLiaisonServices();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseLiaisonPipeline();
app.MapLiaisonEndpoints();
await app.RunAsync();

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
