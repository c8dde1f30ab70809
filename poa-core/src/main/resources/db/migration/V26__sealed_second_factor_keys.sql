-- Authenticator keys are stored encrypted (core.user.SecretSealing): AES-GCM with a random
-- nonce, hex-encoded and prefixed, longer than the 32 characters of a clear key.
alter table second_factor alter column secret type varchar(512);
