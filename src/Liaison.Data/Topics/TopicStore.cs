using Liaison.Data.Entities;
using Liaison.Domain.Topics;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Data.Topics;

/// <summary>
/// Edits an event's topic taxonomy: add, rename, retire or reinstate, delete an unused topic. Each change is checked against the domain's
/// rules (<see cref="Topic"/>: code shape, names in ar, en, es and fr) and against the other topics: codes unique, and
/// no two topics with the same name in one language (compared trimmed, ignoring case), so a reader can tell them apart.
/// </summary>
/// <remarks>
/// An event with no stored topics uses <see cref="TopicTaxonomy.Default"/> (as <see cref="Dossiers.DossierStore"/> reads
/// it); the first change stores those defaults first, so adding one topic never drops the others. Audited by the
/// context's interceptor like every change. One instance per unit of work (scoped); not thread-safe.
/// </remarks>
/// <param name="db">The context.</param>
public sealed class TopicStore(LiaisonDbContext db)
{
    /// <summary>
    /// The event's topics in taxonomy order: the stored rows, or, when none is stored, the default topics as unsaved rows
    /// with version 1 (the version they get when stored).
    /// </summary>
    /// <param name="eventId">The event; not checked (an unknown event gives the defaults).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<TopicEntity>> ListAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var stored = await db.Topics.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.Position).ToListAsync(cancellationToken);
        return stored.Count > 0 ? stored : Defaults(eventId);
    }

    /// <summary>Adds <paramref name="topic"/> at the end of the taxonomy.</summary>
    /// <param name="eventId">An existing event.</param>
    /// <param name="topic">The new topic (the domain has checked its code and names).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored row.</returns>
    /// <exception cref="ArgumentException">
    /// The code is taken (parameter name <c>topic</c>) or a name is another topic's in that language (parameter name
    /// <c>names</c>); the message says which.
    /// </exception>
    /// <exception cref="ConcurrencyConflictException">Someone stored the event's topics, or added this code, since they were read.</exception>
    public async Task<TopicEntity> AddAsync(Guid eventId, Topic topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var rows = await TrackedRowsAsync(eventId, cancellationToken);
        if (rows.Any(r => r.Code == topic.Code))
        {
            throw new ArgumentException($"The taxonomy already has a topic '{topic.Code}'; choose another code.", nameof(topic));
        }

        RequireDistinctNames(topic.Code, topic.Names, rows);
        var row = new TopicEntity
        {
            Id = Guid.NewGuid(), EventId = eventId, Position = rows.Count, Code = topic.Code, Names = new Dictionary<string, string>(topic.Names),
        };
        db.Topics.Add(row);
        await SaveAsync(eventId, topic.Code, cancellationToken);
        return row;
    }

    /// <summary>Gives the topic <paramref name="code"/> new names; its code, and so every record and agreement naming it, stay.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="code">The topic's code.</param>
    /// <param name="names">The new names by language tag, ar, en, es and fr at least.</param>
    /// <param name="versionRead">The version the caller read; a save over a newer one fails.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The saved row, or <c>null</c> when the event has no such topic.</returns>
    /// <exception cref="ArgumentException">A name is missing or empty, or another topic's in that language (parameter name <c>names</c>).</exception>
    /// <exception cref="ConcurrencyConflictException">
    /// Someone changed the topic since <paramref name="versionRead"/>, or stored the event's default topics since they were read.
    /// </exception>
    public async Task<TopicEntity?> RenameAsync(Guid eventId, string code, IReadOnlyDictionary<string, string> names, int versionRead,
        CancellationToken cancellationToken = default)
    {
        return await EditAsync(eventId, code, versionRead, (row, rows) =>
        {
            var renamed = new Topic(code, names);
            RequireDistinctNames(code, renamed.Names, rows.Where(r => r != row));
            row.Names = new Dictionary<string, string>(renamed.Names);
        }, cancellationToken);
    }

    /// <summary>
    /// Retires topic <paramref name="code"/> (forms stop offering it; the records and agreements that name it keep it, and
    /// reports still name it), or reinstates it. Retiring a retired topic, or reinstating an active one, saves nothing.
    /// </summary>
    /// <param name="eventId">The event.</param>
    /// <param name="code">The topic's code.</param>
    /// <param name="retired"><c>true</c> to retire the topic, <c>false</c> to reinstate it.</param>
    /// <param name="versionRead">The version the caller read; a save over a newer one fails.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The saved row, or <c>null</c> when the event has no such topic.</returns>
    /// <exception cref="ConcurrencyConflictException">
    /// Someone changed the topic since <paramref name="versionRead"/>, or stored the event's default topics since they were read.
    /// </exception>
    public async Task<TopicEntity?> SetRetiredAsync(Guid eventId, string code, bool retired, int versionRead,
        CancellationToken cancellationToken = default) =>
        await EditAsync(eventId, code, versionRead, (row, _) => row.Retired = retired, cancellationToken);

    /// <summary>The meeting records and agreements of the event that name topic <paramref name="code"/>.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="code">A topic code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<TopicUsage> UsageAsync(Guid eventId, string code, CancellationToken cancellationToken = default)
    {
        // Topic codes are JSON columns, so they are matched here rather than in SQL; an event has tens of rows.
        var recordCodes = await db.MeetingRecords.Where(r => r.EventId == eventId).Select(r => r.TopicCodes).ToListAsync(cancellationToken);
        var agreementCodes = await db.Agreements.Where(a => a.EventId == eventId).Select(a => a.SubjectTopicCodes).ToListAsync(cancellationToken);
        return new TopicUsage(recordCodes.Count(c => c.Contains(code)), agreementCodes.Count(c => c.Contains(code)));
    }

    /// <summary>Deletes topic <paramref name="code"/> when no meeting record or agreement names it.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="code">The topic's code.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>
    /// <c>null</c> when the event has no such topic; otherwise what names it: the topic was deleted exactly when
    /// <see cref="TopicUsage.InUse"/> is false.
    /// </returns>
    /// <exception cref="ConcurrencyConflictException">Someone stored the event's default topics since they were read.</exception>
    public async Task<TopicUsage?> DeleteAsync(Guid eventId, string code, CancellationToken cancellationToken = default)
    {
        var rows = await TrackedRowsAsync(eventId, cancellationToken);
        var row = rows.SingleOrDefault(r => r.Code == code);
        if (row is null)
        {
            return null;
        }

        var usage = await UsageAsync(eventId, code, cancellationToken);
        if (!usage.InUse)
        {
            db.Topics.Remove(row);
            foreach (var later in rows.Where(r => r.Position > row.Position))
            {
                later.Position--;
            }

            await SaveAsync(eventId, code, cancellationToken);
        }

        return usage;
    }

    /// <summary>Applies <paramref name="change"/> (given the row and all the event's rows) to topic <paramref name="code"/> and saves it, checking the version read.</summary>
    private async Task<TopicEntity?> EditAsync(Guid eventId, string code, int versionRead, Action<TopicEntity, List<TopicEntity>> change,
        CancellationToken cancellationToken)
    {
        var rows = await TrackedRowsAsync(eventId, cancellationToken);
        var row = rows.SingleOrDefault(r => r.Code == code);
        if (row is null)
        {
            return null;
        }

        db.Entry(row).Property(r => r.Version).OriginalValue = versionRead;
        change(row, rows);
        await SaveAsync(eventId, code, cancellationToken);
        return row;
    }

    /// <summary>
    /// Saves the change to topic <paramref name="code"/>. Two first changes of an event's default topics at once both
    /// store the defaults (as two adds of one code both add it): the unique index on (event, code) lets the first in and
    /// refuses the other's whole save, which is then reported as a stale edit, like any other.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Someone stored the event's topics, or topic <paramref name="code"/>, since they were read.</exception>
    private async Task SaveAsync(Guid eventId, string code, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (db.IsUniqueViolation(e))
        {
            foreach (var entry in db.ChangeTracker.Entries<TopicEntity>().ToList())
            {
                entry.State = EntityState.Detached;
            }

            var version = await db.Topics.AsNoTracking().Where(t => t.EventId == eventId && t.Code == code)
                .Select(t => (int?)t.Version).SingleOrDefaultAsync(cancellationToken);
            throw new ConcurrencyConflictException(nameof(TopicEntity), code, deleted: version is null, version, [], e);
        }
    }

    private async Task<List<TopicEntity>> TrackedRowsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var rows = await db.Topics.Where(t => t.EventId == eventId).OrderBy(t => t.Position).ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            return rows;
        }

        rows = Defaults(eventId);
        db.Topics.AddRange(rows);
        return rows;
    }

    private static List<TopicEntity> Defaults(Guid eventId) =>
        TopicTaxonomy.Default.All.Select((t, i) => new TopicEntity
        {
            Id = Guid.NewGuid(), EventId = eventId, Position = i, Code = t.Code, Names = new Dictionary<string, string>(t.Names),
        }).ToList();

    private static void RequireDistinctNames(string code, IReadOnlyDictionary<string, string> names, IEnumerable<TopicEntity> others)
    {
        foreach (var other in others)
        {
            foreach (var (language, name) in names)
            {
                if (other.Names.TryGetValue(language, out var taken) && string.Equals(taken.Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException(
                        $"Topic '{code}' would have the {language} name '{name}', which topic '{other.Code}' already has; give it a name of its own.", nameof(names));
                }
            }
        }
    }
}
