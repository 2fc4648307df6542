using System.ComponentModel.DataAnnotations;
using Liaison.Data.Entities;
using Liaison.Web.Rooms;

namespace Liaison.Web.Pages.Setup;

/// <summary>The room form's fields; the limits are <see cref="RoomInput"/>'s, the messages in this form's resx.</summary>
public sealed class RoomForm
{
    /// <summary>Id in scenario files, e.g. <c>atlas</c>; fixed once created.</summary>
    [Required(ErrorMessage = "IdRequired")]
    [StringLength(64, ErrorMessage = "IdTooLong")]
    [Display(Name = "ScenarioId")]
    public string ScenarioId { get; set; } = "";

    /// <summary>Name shown on the programme.</summary>
    [Required(ErrorMessage = "NameRequired")]
    [StringLength(200, ErrorMessage = "NameTooLong")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    /// <summary>Seats at the table, 2 to 500.</summary>
    [Range(2, 500, ErrorMessage = "CapacityRange")]
    [Display(Name = "Capacity")]
    public int Capacity { get; set; } = 2;

    /// <summary>Whether a signing ceremony can be held there.</summary>
    [Display(Name = "SuitableForSigning")]
    public bool SuitableForSigning { get; set; }

    /// <summary>The version read (0 for a new room).</summary>
    public int Version { get; set; }

    /// <summary>The form filled from a stored room.</summary>
    /// <param name="room">The room.</param>
    public static RoomForm From(RoomEntity room)
    {
        ArgumentNullException.ThrowIfNull(room);
        return new() { ScenarioId = room.ScenarioId, Name = room.Name, Capacity = room.Capacity, SuitableForSigning = room.SuitableForSigning, Version = room.Version };
    }

    /// <summary>The API's input for the shared change service.</summary>
    public RoomInput ToInput() => new(ScenarioId.Trim(), Name.Trim(), Capacity, SuitableForSigning, Version);
}
