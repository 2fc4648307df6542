using System.Net;
using Liaison.Data;
using Liaison.Data.Entities;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests;

public sealed class RequestsPagesTests
{
    [Fact]
    public async Task LiaisonOfficerSubmitsForItsOwnDelegationWhateverTheFormSays()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId);
        var page = $"/events/{data.EventId}/requests/new";

        using var response = await session.PostFormAsync(page, new()
        {
            ["Form.RequestedBy"] = "del-et", ["Form.Invitees"] = "dg", ["Form.DurationMinutes"] = "45", ["Form.Priority"] = "4",
            ["Form.Topics"] = "cybercrime, terrorism", ["Form.ExpectedAttendees"] = "6",
        });
        var (_, list) = await session.GetAsync($"/events/{data.EventId}/requests");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await Requests(app, data.EventId).SingleAsync(r => r.ScenarioId == "R3");
        Assert.Equal((data.NorwayId, 45, 4, RequestStatus.Submitted), (stored.RequesterId, stored.DurationMinutes, stored.Priority, stored.Status));
        Assert.Equal(["cybercrime", "terrorism"], stored.Topics);
        Assert.Contains("Request R3 submitted.", list, StringComparison.Ordinal);
        Assert.Contains("data-request=\"R3\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-request=\"R2\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidFormSaysWhatIsWrongNextToEachFieldInArabicAndStoresNothing()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer, culture: "ar");

        using var response = await session.PostFormAsync($"/events/{data.EventId}/requests/new", new()
        {
            ["Form.RequestedBy"] = "del-no", ["Form.DurationMinutes"] = "32", ["Form.Priority"] = "3", ["Form.ExpectedAttendees"] = "1",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Form.Invitees\" data-valmsg-replace=\"true\">اختر مسؤولاً أو وفداً واحداً على الأقل للقائه.</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Form.DurationMinutes\" data-valmsg-replace=\"true\">يجب أن تكون المدة من مضاعفات خطوة التخطيط للفعالية (5 دقيقة).</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Form.ExpectedAttendees\" data-valmsg-replace=\"true\">يجب أن يكون عدد الحاضرين بين 2 و200.</span>", html, StringComparison.Ordinal);
        Assert.Equal(2, await Requests(app, data.EventId).CountAsync());
    }

    [Fact]
    public async Task ProtocolOfficerAcceptsSetsPriorityAndDeclinesOnlyWithAReason()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.ProtocolOfficer);
        var list = $"/events/{data.EventId}/requests";

        using var accepted = await session.PostFormAsync($"{list}?handler=Accept&requestId={data.NorwayRequestId}", new() { ["version"] = "1" }, list);
        using var priority = await session.PostFormAsync($"{list}?handler=Priority&requestId={data.NorwayRequestId}", new() { ["version"] = "2", ["priority"] = "5" }, list);
        using var noReason = await session.PostFormAsync($"{list}?handler=Decline&requestId={data.EthiopiaRequestId}", new() { ["version"] = "1", ["reason"] = " " }, list);
        var refusal = await noReason.Content.ReadAsStringAsync();
        var statusBefore = (await Requests(app, data.EventId).SingleAsync(r => r.Id == data.EthiopiaRequestId)).Status;
        using var declined = await session.PostFormAsync($"{list}?handler=Decline&requestId={data.EthiopiaRequestId}", new() { ["version"] = "1", ["reason"] = "No slot left" }, list);

        var norway = await Requests(app, data.EventId).SingleAsync(r => r.Id == data.NorwayRequestId);
        var ethiopia = await Requests(app, data.EventId).Include(r => r.StatusHistory).SingleAsync(r => r.Id == data.EthiopiaRequestId);
        Assert.Equal((RequestStatus.Accepted, 5), (norway.Status, norway.Priority));
        Assert.Contains("Declining a request needs a reason", refusal, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Submitted, statusBefore);
        Assert.Equal(RequestStatus.Declined, ethiopia.Status);
        Assert.Equal("No slot left", ethiopia.StatusHistory.Single(h => h.To == RequestStatus.Declined).Reason);
    }

    [Fact]
    public async Task LiaisonOfficerWithdrawsItsOwnRequestButAnotherDelegationsAnswers404()
    {
        await using var app = await LiaisonApp.StartAsync();
        var data = await TestEvent.StoreAsync(app);
        using var session = await PageSession.SignInAsync(app, LiaisonRoles.LiaisonOfficer, data.NorwayId);
        var list = $"/events/{data.EventId}/requests";

        using var own = await session.PostFormAsync($"{list}?handler=Withdraw&requestId={data.NorwayRequestId}", new() { ["version"] = "1" }, list);
        using var other = await session.PostFormAsync($"{list}?handler=Withdraw&requestId={data.EthiopiaRequestId}", new() { ["version"] = "1" }, list);
        using var accept = await session.PostFormAsync($"{list}?handler=Accept&requestId={data.NorwayRequestId}", new() { ["version"] = "2" }, list);

        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        Assert.Equal(RequestStatus.Withdrawn, (await Requests(app, data.EventId).SingleAsync(r => r.Id == data.NorwayRequestId)).Status);
        Assert.Equal(RequestStatus.Submitted, (await Requests(app, data.EventId).SingleAsync(r => r.Id == data.EthiopiaRequestId)).Status);
    }

    private static IQueryable<MeetingRequestEntity> Requests(LiaisonApp app, Guid eventId)
    {
        var db = app.Services.CreateScope().ServiceProvider.GetRequiredService<LiaisonDbContext>();
        return db.Set<MeetingRequestEntity>().AsNoTracking().Where(r => r.EventId == eventId);
    }
}
