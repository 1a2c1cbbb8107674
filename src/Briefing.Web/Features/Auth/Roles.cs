namespace Briefing.Web.Features.Auth;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public static readonly string[] All = [Admin, Staff];

    public static bool IsValid(string? role) => role is Admin or Staff;
}
