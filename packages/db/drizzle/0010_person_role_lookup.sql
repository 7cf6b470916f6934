-- Custom SQL migration file, put your code below! --
-- Looks up whether a person already held a role (the watchlist's check for each new article) by one index probe,
-- whatever the number of articles naming that person. Roles compare without case, as the watchlist compares them.
CREATE INDEX IF NOT EXISTS `person_roles_entity_role_idx` ON `person_roles` (`entity_id`, `role` COLLATE NOCASE);
