//! `Valid<T>`: proof that an input passed its validation.

use std::ops::Deref;

/// A value that passed validation. Only the domain can build one, so storage functions that
/// take `&Valid<T>` never see unchecked input.
#[derive(Debug, Clone, PartialEq)]
pub struct Valid<T>(T);

impl<T> Valid<T> {
    pub(crate) fn new(value: T) -> Self {
        Valid(value)
    }

    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Valid<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
