using System.Text.Json.Nodes;
using CsCheck;

namespace Liaison.Interchange.Tests;

/// <summary>Whatever is wrong with a file, the reader answers with problems, never with another exception.</summary>
public class ScenarioFileRobustnessTests
{
    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null, () => "", () => " ", () => "x", () => 0, () => -1, () => 1, () => 7, () => 2.5, () => true,
        () => new JsonArray(), () => new JsonObject(), () => new JsonArray("x"), () => "2024-11-25T09:00",
        () => "2024-11-28T09:00", () => "ar/ar", () => "del-no", () => "dg", () => "NO", () => "09:00",
    ];

    [Fact]
    public void AnySingleMemberChangedGivesAScenarioOrProblemsOnly()
    {
        var memberCount = Members(TestScenarios.Marrakech()).Count;
        Gen.Select(Gen.Int[0, memberCount - 1], Gen.Int[-1, Replacements.Length - 1]).Sample((member, replacement) =>
        {
            var document = TestScenarios.Marrakech();
            var (parent, key) = Members(document)[member];
            if (replacement < 0)
            {
                Remove(parent, key);
            }
            else
            {
                Set(parent, key, Replacements[replacement]());
            }

            try
            {
                TestScenarios.Parse(document);
            }
            catch (InvalidFileException e)
            {
                Assert.NotEmpty(e.Problems);
            }
        }, iter: 400);
    }

    /// <summary>Every member and array item of the document, as (container, name or index).</summary>
    private static List<(JsonNode Parent, object Key)> Members(JsonNode node)
    {
        var result = new List<(JsonNode, object)>();
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    result.Add((obj, name));
                    if (child is not null)
                    {
                        result.AddRange(Members(child));
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    result.Add((array, i));
                    if (array[i] is { } child)
                    {
                        result.AddRange(Members(child));
                    }
                }

                break;
        }

        return result;
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove((string)key);
        }
        else
        {
            parent.AsArray().RemoveAt((int)key);
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else
        {
            parent.AsArray()[(int)key] = value;
        }
    }
}
