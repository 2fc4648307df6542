using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liaison.Data;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests;

public sealed class TopicsApiTests
{
    [Fact]
    public async Task AdministratorAddsRenamesAndDeletesATopicWhichTheDeskReadsAndTheAuditTrailKeeps()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var admin = await app.ClientForAsync(LiaisonRoles.Administrator);
        using var analyst = await app.ClientForAsync(LiaisonRoles.Analyst);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = $"/api/events/{eventId}/topics";

        using var added = await admin.PostAsJsonAsync(url, new { code = "border-security", names = Names("  Border security ", "Sécurité des frontières") });
        var topic = await added.Content.ReadFromJsonAsync<JsonElement>();
        var listed = await analyst.GetFromJsonAsync<JsonElement>(url);
        using var renamed = await admin.PutAsJsonAsync($"{url}/border-security", new { names = Names("Border management", "Gestion des frontières"), version = 1 });
        var afterRename = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        using var stale = await admin.PutAsJsonAsync($"{url}/border-security", new { names = Names("Borders", "Frontières"), version = 1 });
        using var deleted = await admin.DeleteAsync(new Uri($"{url}/border-security", UriKind.Relative));
        var afterDelete = await officer.GetFromJsonAsync<JsonElement>(url);
        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?entityType=TopicEntity");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("Border security", topic.GetProperty("names").GetProperty("en").GetString());
        Assert.Equal(9, listed.GetArrayLength());
        Assert.Equal("border-security", listed[8].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Gestion des frontières", afterRename.GetProperty("names").GetProperty("fr").GetString());
        Assert.Equal(2, afterRename.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(afterDelete.EnumerateArray(), t => t.GetProperty("code").GetString() == "border-security");
        Assert.Equal(["Deleted", "Modified", "Added"], audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()).Take(3));
    }

    [Fact]
    public async Task BadCodesMissingNamesAndNamesAnotherTopicHasAreRefusedNamingTheField()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var admin = await app.ClientForAsync(LiaisonRoles.Administrator);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = $"/api/events/{eventId}/topics";

        var badCode = await ErrorsAsync(await admin.PostAsJsonAsync(url, new { code = "Border Security", names = Names("Border security", "Frontières") }));
        var noSpanish = await ErrorsAsync(await admin.PostAsJsonAsync(url, new { code = "border-security", names = new { ar = "أمن الحدود", en = "Border security", es = " ", fr = "Frontières" } }));
        var takenCode = await ErrorsAsync(await admin.PostAsJsonAsync(url, new { code = "terrorism", names = Names("Terror", "Terreur") }));
        var takenName = await ErrorsAsync(await admin.PostAsJsonAsync(url, new { code = "organised-crime-2", names = Names("organised CRIME", "Crime") }));
        var renamedOntoAnother = await ErrorsAsync(await admin.PutAsJsonAsync($"{url}/terrorism", new { names = Names("Cross-border crime", "Terreur"), version = 1 }));
        var listed = await officer.GetFromJsonAsync<JsonElement>(url);

        Assert.Contains("topic code", badCode.GetProperty("Code")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("'es'", noSpanish.GetProperty("Names.es")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("already has a topic 'terrorism'", takenCode.GetProperty("Code")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("topic 'organised-crime' already has", takenName.GetProperty("Names")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("topic 'cross-border-crime' already has", renamedOntoAnother.GetProperty("Names")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(8, listed.GetArrayLength());
        Assert.Equal("Terrorism", listed[2].GetProperty("names").GetProperty("en").GetString());
    }

    [Fact]
    public async Task ATopicThatRecordsOrAgreementsNameIsNotDeletedAndTheAnswerSaysHowMany()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var admin = await app.ClientForAsync(LiaisonRoles.Administrator);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var records = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/records");
        var agreements = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/agreements");
        var naming = records.EnumerateArray().Count(r => r.GetProperty("topicCodes").EnumerateArray().Any(c => c.GetString() == "organised-crime"));
        var signed = agreements.EnumerateArray().Count(a => a.GetProperty("subjectTopicCodes").EnumerateArray().Any(c => c.GetString() == "organised-crime"));

        using var refused = await admin.DeleteAsync(new Uri($"/api/events/{eventId}/topics/organised-crime", UriKind.Relative));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var listed = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/topics");

        Assert.True(naming > 0 && signed > 0, "The sample should name organised crime in records and an agreement.");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Topic in use", problem.GetProperty("title").GetString());
        Assert.Equal(naming, problem.GetProperty("records").GetInt32());
        Assert.Equal(signed, problem.GetProperty("agreements").GetInt32());
        Assert.Contains($"{naming} meeting record(s) and {signed} agreement(s)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("retire it instead (POST /api/events/", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(listed.EnumerateArray(), t => t.GetProperty("code").GetString() == "organised-crime");
    }

    [Fact]
    public async Task AnAdministratorRetiresATopicInUseWhichRecordsAndTheEventFileKeepAndThenReinstatesIt()
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var admin = await app.ClientForAsync(LiaisonRoles.Administrator);
        using var auditor = await app.ClientForAsync(LiaisonRoles.Auditor);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = $"/api/events/{eventId}/topics/organised-crime";

        using var retired = await admin.PostAsJsonAsync($"{url}/retire", new { version = 1 });
        var afterRetire = await retired.Content.ReadFromJsonAsync<JsonElement>();
        var listed = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/topics");
        var records = await officer.GetFromJsonAsync<JsonElement>($"/api/events/{eventId}/records");
        var exported = await officer.GetStringAsync(new Uri($"/api/events/{eventId}/event.json", UriKind.Relative));
        using var stale = await admin.PostAsJsonAsync($"{url}/reinstate", new { version = 1 });
        using var reinstated = await admin.PostAsJsonAsync($"{url}/reinstate", new { version = 2 });
        var afterReinstate = await reinstated.Content.ReadFromJsonAsync<JsonElement>();
        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?entityType=TopicEntity");

        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.True(afterRetire.GetProperty("retired").GetBoolean());
        Assert.Equal(2, afterRetire.GetProperty("version").GetInt32());
        Assert.Equal(["organised-crime"], listed.EnumerateArray().Where(t => t.GetProperty("retired").GetBoolean()).Select(t => t.GetProperty("code").GetString()));
        Assert.Contains(records.EnumerateArray(), r => r.GetProperty("topicCodes").EnumerateArray().Any(c => c.GetString() == "organised-crime"));
        Assert.Matches("\"code\":\\s*\"organised-crime\",\\s*\"names\":\\s*\\{[^}]*\\},\\s*\"retired\":\\s*true", exported);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        Assert.False(afterReinstate.GetProperty("retired").GetBoolean());
        Assert.Equal(3, afterReinstate.GetProperty("version").GetInt32());
        var changes = audit.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "Modified").Select(e => e.GetProperty("after").GetString()).ToList();
        Assert.Contains(changes, after => after!.Contains("\"Retired\":true", StringComparison.Ordinal));
        Assert.Contains(changes, after => after!.Contains("\"Retired\":false", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LiaisonRoles.ProtocolOfficer)]
    [InlineData(LiaisonRoles.Analyst)]
    [InlineData(LiaisonRoles.Auditor)]
    public async Task OnlyAnAdministratorRetiresATopicAndAnUnknownTopicOrEventIsNotFoundForRetiringOrRenaming(string role)
    {
        await using var app = await LiaisonApp.StartAsync();
        using var officer = await app.ClientForAsync(LiaisonRoles.ProtocolOfficer);
        using var admin = await app.ClientForAsync(LiaisonRoles.Administrator);
        using var other = await app.ClientForAsync(role);
        var eventId = await MarrakechEvent.ImportAsync(officer);
        var url = $"/api/events/{eventId}/topics";

        using var refused = await other.PostAsJsonAsync($"{url}/terrorism/retire", new { version = 1 });
        using var unknownTopic = await admin.PostAsJsonAsync($"{url}/nothing/retire", new { version = 1 });
        using var unknownEvent = await admin.PostAsJsonAsync($"/api/events/{Guid.NewGuid()}/topics/terrorism/retire", new { version = 1 });
        using var renameInUnknownEvent = await admin.PutAsJsonAsync($"/api/events/{Guid.NewGuid()}/topics/terrorism",
            new { names = Names("Terrorism", "Terrorisme"), version = 1 });
        var listed = await officer.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownTopic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownEvent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, renameInUnknownEvent.StatusCode);
        Assert.All(listed.EnumerateArray(), t => Assert.False(t.GetProperty("retired").GetBoolean()));
    }

    [Fact]
    public async Task AnEventWithoutStoredTopicsListsTheDefaultsAndKeepsThemWhenOneIsAdded()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var admin = await app.ClientForAsync(LiaisonRoles.Administrator);
        var url = $"/api/events/{data.EventId}/topics";

        var before = await admin.GetFromJsonAsync<JsonElement>(url);
        using var added = await admin.PostAsJsonAsync(url, new { code = "border-security", names = Names("Border security", "Sécurité des frontières") });
        var after = await admin.GetFromJsonAsync<JsonElement>(url);
        using var unknownEvent = await admin.GetAsync(new Uri($"/api/events/{Guid.NewGuid()}/topics", UriKind.Relative));

        Assert.Equal(8, before.GetArrayLength());
        Assert.Equal("organised-crime", before[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(
            before.EnumerateArray().Select(t => t.GetProperty("code").GetString()).Append("border-security"),
            after.EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknownEvent.StatusCode);
    }

    private static object Names(string en, string fr) => new { ar = $"{en} (ar)", en, es = $"{en} (es)", fr };

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }
    }
}
