using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Common;

/// <summary>Builds 400 ValidationProblem answers for rules the request's own attributes cannot state (they need the database).</summary>
internal static class ValidationErrors
{
    /// <summary>
    /// A ValidationProblem naming one field and what is wrong with it. The key is the property name
    /// as the attribute validation writes it (e.g. <c>DurationMinutes</c>), so all 400s look alike.
    /// </summary>
    public static ValidationProblem Single(string field, string message)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
