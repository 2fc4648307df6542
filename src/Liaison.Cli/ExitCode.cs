namespace Liaison.Cli;

/// <summary>The process exit codes of <c>liaison</c>, as documented in the README.</summary>
public static class ExitCode
{
    /// <summary>The command did its job.</summary>
    public const int Success = 0;

    /// <summary>An internal fault: a defect in Liaison, not in the input. One line is printed; details with --verbose.</summary>
    public const int InternalFault = 1;

    /// <summary>Bad input: a scenario problem, a missing file, an unusable --out folder or bad arguments. Nothing is written.</summary>
    public const int BadInput = 2;
}
