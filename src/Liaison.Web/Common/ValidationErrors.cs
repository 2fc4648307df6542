using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.Common;

/// <summary>Builds 400 ValidationProblem answers for rules the request's own attributes cannot state (they need the database).</summary>
internal static class ValidationErrors
{
    /// <summary>A ValidationProblem naming one field (camelCase, as in the JSON body) and what is wrong with it.</summary>
    public static ValidationProblem Single(string field, string message)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonName(field)] = [message] });

    private static string JsonName(string field) => char.ToLowerInvariant(field[0]) + field[1..];
}
