namespace Liaison.Domain.Records;

/// <summary>A person at a held meeting.</summary>
/// <remarks>Immutable, thread-safe, compared by value.</remarks>
public sealed record Attendee
{
    /// <summary>Creates an attendee.</summary>
    /// <param name="name">The person's name, or their title when the name is not to be recorded (e.g. "Head of delegation").</param>
    /// <param name="title">Title or function, or <c>null</c>.</param>
    /// <param name="side">Host or partner side.</param>
    /// <exception cref="ArgumentException">On an empty name or an empty (non-null) title.</exception>
    public Attendee(string name, string? title, AttendeeSide side)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (title is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(title);
        }

        Name = name;
        Title = title;
        Side = side;
    }

    /// <summary>Name, or title when the name is not recorded.</summary>
    public string Name { get; }

    /// <summary>Title or function, or <c>null</c>.</summary>
    public string? Title { get; }

    /// <summary>Host or partner side.</summary>
    public AttendeeSide Side { get; }
}
