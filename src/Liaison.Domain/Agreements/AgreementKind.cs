namespace Liaison.Domain.Agreements;

/// <summary>The instrument an agreement is.</summary>
public enum AgreementKind
{
    /// <summary>A memorandum of understanding (MoU): the usual instrument between police agencies.</summary>
    MemorandumOfUnderstanding,

    /// <summary>A cooperation agreement.</summary>
    Agreement,

    /// <summary>A protocol, usually under an existing agreement.</summary>
    Protocol,

    /// <summary>A letter of intent.</summary>
    LetterOfIntent,
}
