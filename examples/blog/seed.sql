-- Sample rows for the example database, in the shape of the first migration
-- (migrations/20260101000000_init): two users, a profile without a bio, posts and comments.
INSERT INTO "users" ("id", "email", "name", "role", "updated_at") VALUES
  (1, 'ada@example.com', 'Ada', 'ADMIN', '2026-01-02 10:00:00'),
  (2, 'lin@example.com', NULL, 'AUTHOR', '2026-01-03 11:30:00');
INSERT INTO "Profile" ("id", "bio", "user_id") VALUES (1, NULL, 2);
INSERT INTO "posts" ("id", "slug", "title", "body", "published", "author_id") VALUES
  (1, 'hello', 'Hello, world', 'First post.', true, 1),
  (2, 'drafts', 'On drafts', NULL, false, 2);
INSERT INTO "Comment" ("id", "body", "postId", "authorId") VALUES
  (1, 'Welcome!', 1, 2),
  (2, 'Anonymous praise', 1, NULL),
  (3, 'Looking forward to it', 2, 1);
