mod hardening;
mod properties;
