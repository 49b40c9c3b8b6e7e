-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "report_status" AS ENUM ('ASKED', 'SKIP', 'COMPLETE', 'PENDING');

-- CreateEnum
CREATE TYPE "review_type" AS ENUM ('REFERRED_BY', 'COMMENT', 'EXIT_FEEDBACK');

-- CreateEnum
CREATE TYPE "standup_user_status" AS ENUM ('ACTIVE', 'INACTIVE', 'INVITED');

-- CreateEnum
CREATE TYPE "team_status" AS ENUM ('ACTIVE', 'INACTIVE', 'DELINQUENT');

-- CreateTable
CREATE TABLE "eventids" (
    "event_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "eventids_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "migrate" (
    "version" BIGINT NOT NULL,

    CONSTRAINT "migrate_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "posts" (
    "id" SERIAL NOT NULL,
    "standup_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questions" (
    "id" SERIAL NOT NULL,
    "standup_id" INTEGER NOT NULL,
    "order" SMALLINT NOT NULL,
    "question" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reports" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "standup_id" INTEGER NOT NULL,
    "post_id" INTEGER,
    "status" "report_status" NOT NULL DEFAULT 'ASKED',
    "questions" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "type" "review_type" NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "standups" (
    "id" SERIAL NOT NULL,
    "team_id" INTEGER NOT NULL,
    "name" CITEXT NOT NULL,
    "time" TIME(6) NOT NULL,
    "timezone" TEXT NOT NULL,
    "channel_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "is_threaded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "standups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "standups_users" (
    "standup_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "time" TIME(6) NOT NULL,
    "status" "standup_user_status" NOT NULL,
    "is_standup_owner" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "teams" (
    "id" SERIAL NOT NULL,
    "team_access_token" TEXT NOT NULL,
    "team_slack_id" TEXT NOT NULL,
    "bot_access_token" TEXT NOT NULL,
    "bot_slack_id" TEXT NOT NULL,
    "team_name" TEXT NOT NULL,
    "scope" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "stripe_id" TEXT,
    "cost_per_user" INTEGER NOT NULL DEFAULT 100,
    "minimum_monthly_cost" INTEGER NOT NULL DEFAULT 0,
    "trial_ends" TIMESTAMPTZ(6) NOT NULL DEFAULT (now() + '14 days'::interval),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "team_status" NOT NULL DEFAULT 'ACTIVE',

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "team_id" INTEGER NOT NULL,
    "slack_id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "email" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "avatar_url" TEXT,
    "is_team_owner" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_standup_id_fkey" FOREIGN KEY ("standup_id") REFERENCES "standups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questions" ADD CONSTRAINT "questions_standup_id_fkey" FOREIGN KEY ("standup_id") REFERENCES "standups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_standup_id_fkey" FOREIGN KEY ("standup_id") REFERENCES "standups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standups" ADD CONSTRAINT "standups_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standups_users" ADD CONSTRAINT "standups_users_standup_id_fkey" FOREIGN KEY ("standup_id") REFERENCES "standups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standups_users" ADD CONSTRAINT "standups_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
