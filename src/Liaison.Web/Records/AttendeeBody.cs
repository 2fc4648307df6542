using System.ComponentModel.DataAnnotations;
using Liaison.Domain.Records;

namespace Liaison.Web.Records;

/// <summary>Someone at the table of a recorded meeting, as the API reads and answers it.</summary>
/// <param name="Name">The name, or the title when the name is not recorded.</param>
/// <param name="Title">Title or function, or <c>null</c>.</param>
/// <param name="Side">Host or partner side.</param>
public sealed record AttendeeBody(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: StringLength(200)] string? Title,
    AttendeeSide Side);
