using Microsoft.AspNetCore.Http.HttpResults;

namespace Liaison.Web.FollowUp;

/// <summary>Why a new or edited record, agreement or commitment was refused: the field at fault, the rule broken and an English sentence for the API.</summary>
/// <param name="Field">The input's property name, e.g. <c>SignedOn</c>, or with an item's index, <c>TopicCodes[2]</c> (the API's error key; the pages prefix their form's name).</param>
/// <param name="Rule">The rule broken; pages show their own translation of it.</param>
/// <param name="Message">The English message the API answers with, naming the fix.</param>
/// <param name="Value">The value at fault when the translation names it (<c>{0}</c> of <c>Rule_X</c>), e.g. a topic code; otherwise empty.</param>
public sealed record FollowUpProblem(string Field, FollowUpRule Rule, string Message, string Value = "")
{
    /// <summary>The field without an item's index (<c>TopicCodes</c> for <c>TopicCodes[2]</c>): a form shows a list's problems beside the whole list.</summary>
    public string ListField => Field.Split('[')[0];

    /// <summary>The API's 400 for <paramref name="problems"/>: each field with its messages.</summary>
    /// <param name="problems">One or more problems.</param>
    public static ValidationProblem Answer(IEnumerable<FollowUpProblem> problems) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
}
