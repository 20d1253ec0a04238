-- The language a user chose for the pages ('vi' or 'en'); NULL until they choose. Kept on the
-- account so the choice follows the user to another browser or phone.
ALTER TABLE users ADD COLUMN lang TEXT;
