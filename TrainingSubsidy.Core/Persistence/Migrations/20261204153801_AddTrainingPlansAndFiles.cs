using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingSubsidy.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddTrainingPlansAndFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: true),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsRemoved = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoredFiles_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    PlanNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    OccupationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BusinessRelevance = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TrainingStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrainingEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlatformKind = table.Column<int>(type: "INTEGER", nullable: true),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlatformUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PlatformAccount = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlatformPasswordProtected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SignedLetterFileId = table.Column<int>(type: "INTEGER", nullable: true),
                    LastSavedStep = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Course",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 7, scale: 1, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Delivery = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Course", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Course_TrainingPlans_TrainingPlanId",
                        column: x => x.TrainingPlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanReview",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserDisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Checklist = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReview", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReview_TrainingPlans_TrainingPlanId",
                        column: x => x.TrainingPlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Trainee",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EmploymentType = table.Column<int>(type: "INTEGER", nullable: false),
                    IsInsured = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trainee", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trainee_TrainingPlans_TrainingPlanId",
                        column: x => x.TrainingPlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Course_TrainingPlanId",
                table: "Course",
                column: "TrainingPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReview_TrainingPlanId",
                table: "PlanReview",
                column: "TrainingPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_EnterpriseId_Purpose",
                table: "StoredFiles",
                columns: new[] { "EnterpriseId", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_StoredName",
                table: "StoredFiles",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_TrainingPlanId",
                table: "StoredFiles",
                column: "TrainingPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Trainee_IdNumber",
                table: "Trainee",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Trainee_TrainingPlanId_IdNumber",
                table: "Trainee",
                columns: new[] { "TrainingPlanId", "IdNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_DistrictCode_Status",
                table: "TrainingPlans",
                columns: new[] { "DistrictCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_EnterpriseId",
                table: "TrainingPlans",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_PlanNumber",
                table: "TrainingPlans",
                column: "PlanNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Course");

            migrationBuilder.DropTable(
                name: "PlanReview");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropTable(
                name: "Trainee");

            migrationBuilder.DropTable(
                name: "TrainingPlans");
        }
    }
}
