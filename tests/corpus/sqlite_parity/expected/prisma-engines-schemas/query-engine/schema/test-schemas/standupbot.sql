-- CreateTable
CREATE TABLE "eventids" (
    "event_id" TEXT NOT NULL PRIMARY KEY,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "migrate" (
    "version" BIGINT NOT NULL PRIMARY KEY
);

-- CreateTable
CREATE TABLE "posts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "standup_id" INTEGER NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "posts_standup_id_fkey" FOREIGN KEY ("standup_id") REFERENCES "standups" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "questions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "standup_id" INTEGER NOT NULL,
    "order" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "questions_standup_id_fkey" FOREIGN KEY ("standup_id") REFERENCES "standups" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "reports" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "standup_id" INTEGER NOT NULL,
    "post_id" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'ASKED',
    "questions" JSONB NOT NULL DEFAULT [],
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "reports_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "reports_standup_id_fkey" FOREIGN KEY ("standup_id") REFERENCES "standups" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "reports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "reviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "standups" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "team_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "time" DATETIME NOT NULL,
    "timezone" TEXT NOT NULL,
    "channel_id" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "is_threaded" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "standups_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "standups_users" (
    "standup_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "time" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "is_standup_owner" BOOLEAN NOT NULL DEFAULT false,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "standups_users_standup_id_fkey" FOREIGN KEY ("standup_id") REFERENCES "standups" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "standups_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "teams" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "team_access_token" TEXT NOT NULL,
    "team_slack_id" TEXT NOT NULL,
    "bot_access_token" TEXT NOT NULL,
    "bot_slack_id" TEXT NOT NULL,
    "team_name" TEXT NOT NULL,
    "stripe_id" TEXT,
    "cost_per_user" INTEGER NOT NULL DEFAULT 100,
    "minimum_monthly_cost" INTEGER NOT NULL DEFAULT 0,
    "trial_ends" DATETIME NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE'
);

-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "team_id" INTEGER NOT NULL,
    "slack_id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "email" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "avatar_url" TEXT,
    "is_team_owner" BOOLEAN NOT NULL DEFAULT false,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "reports_user_id_post_id_key" ON "reports"("user_id", "post_id");

-- CreateIndex
CREATE UNIQUE INDEX "standups_team_id_name_key" ON "standups"("team_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "standups_users_standup_id_user_id_key" ON "standups_users"("standup_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "teams_team_access_token_key" ON "teams"("team_access_token");

-- CreateIndex
CREATE UNIQUE INDEX "teams_team_slack_id_key" ON "teams"("team_slack_id");

-- CreateIndex
CREATE UNIQUE INDEX "teams_bot_access_token_key" ON "teams"("bot_access_token");

-- CreateIndex
CREATE UNIQUE INDEX "users_slack_id_team_id_key" ON "users"("slack_id", "team_id");
