-- AlterTable
CREATE SEQUENCE a_seq_seq;
ALTER TABLE "A" ALTER COLUMN "seq" SET DEFAULT nextval('a_seq_seq'),
ALTER COLUMN "auto" DROP DEFAULT;
ALTER SEQUENCE a_seq_seq OWNED BY "A"."seq";
