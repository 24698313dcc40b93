using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingSubsidy.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddSpotChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SpotCheckDraws",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    MinimumSample = table.Column<int>(type: "INTEGER", nullable: false),
                    PopulationCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SampleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawnByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DrawnByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckDraws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckDraws_TrainingPlans_TrainingPlanId",
                        column: x => x.TrainingPlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    TraineeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NumberCalled = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckRecords_Trainee_TraineeId",
                        column: x => x.TraineeId,
                        principalTable: "Trainee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckSampleMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    TraineeId = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawId = table.Column<int>(type: "INTEGER", nullable: true),
                    AddedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckSampleMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckSampleMembers_Trainee_TraineeId",
                        column: x => x.TraineeId,
                        principalTable: "Trainee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TraineeDisputes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainingPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    TraineeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpotCheckRecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Cleared = table.Column<bool>(type: "INTEGER", nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraineeDisputes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TraineeDisputes_Trainee_TraineeId",
                        column: x => x.TraineeId,
                        principalTable: "Trainee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckDraws_TrainingPlanId",
                table: "SpotCheckDraws",
                column: "TrainingPlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckRecords_TraineeId",
                table: "SpotCheckRecords",
                column: "TraineeId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckRecords_TrainingPlanId_TraineeId",
                table: "SpotCheckRecords",
                columns: new[] { "TrainingPlanId", "TraineeId" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckSampleMembers_TraineeId",
                table: "SpotCheckSampleMembers",
                column: "TraineeId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckSampleMembers_TrainingPlanId_TraineeId",
                table: "SpotCheckSampleMembers",
                columns: new[] { "TrainingPlanId", "TraineeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TraineeDisputes_TraineeId",
                table: "TraineeDisputes",
                column: "TraineeId");

            migrationBuilder.CreateIndex(
                name: "IX_TraineeDisputes_TrainingPlanId_TraineeId",
                table: "TraineeDisputes",
                columns: new[] { "TrainingPlanId", "TraineeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SpotCheckDraws");

            migrationBuilder.DropTable(
                name: "SpotCheckRecords");

            migrationBuilder.DropTable(
                name: "SpotCheckSampleMembers");

            migrationBuilder.DropTable(
                name: "TraineeDisputes");
        }
    }
}
