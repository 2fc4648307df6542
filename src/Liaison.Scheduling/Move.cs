using Liaison.Domain;

namespace Liaison.Scheduling;

/// <summary>
/// A journal of the placements added to and removed from an <see cref="Occupancy"/> during one local-search move,
/// so that the move can be undone exactly, whole or back to a mark.
/// </summary>
/// <remarks>Not thread-safe, like the occupancy it changes.</remarks>
internal sealed class Move
{
    private readonly List<(Placement Placement, bool Added)> _steps = [];

    /// <summary>Starts an empty move on <paramref name="occupancy"/>.</summary>
    public Move(Occupancy occupancy)
    {
        Occupancy = occupancy;
    }

    /// <summary>The programme changed.</summary>
    public Occupancy Occupancy { get; }

    /// <summary>Takes a placement out of the programme.</summary>
    public void Remove(Placement placement)
    {
        Occupancy.Remove(placement);
        _steps.Add((placement, false));
    }

    /// <summary>Places a request by the greedy rule (<see cref="Occupancy.TryPlace"/>); <c>null</c> when it does not fit.</summary>
    public Placement? Place(PlannableRequest request) => Journal(Occupancy.TryPlace(request));

    /// <summary>Places a request at a start (<see cref="Occupancy.TryPlaceAt"/>); <c>null</c> when it does not fit there.</summary>
    public Placement? Place(PlannableRequest request, long start, Room? preferredRoom) => Journal(Occupancy.TryPlaceAt(request, start, preferredRoom));

    /// <summary>A mark to undo back to.</summary>
    public int Mark() => _steps.Count;

    /// <summary>Undoes the steps made since <paramref name="mark"/>, last first.</summary>
    public void UndoTo(int mark)
    {
        for (var i = _steps.Count - 1; i >= mark; i--)
        {
            var (placement, added) = _steps[i];
            if (added)
            {
                Occupancy.Remove(placement);
            }
            else
            {
                Occupancy.Add(placement);
            }
        }

        _steps.RemoveRange(mark, _steps.Count - mark);
    }

    /// <summary>Undoes the whole move.</summary>
    public void Undo() => UndoTo(0);

    private Placement? Journal(Placement? placement)
    {
        if (placement is not null)
        {
            _steps.Add((placement, true));
        }

        return placement;
    }
}
