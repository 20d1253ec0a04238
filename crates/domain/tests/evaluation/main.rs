//! The evaluation rule engine against the texts: cases computed by hand for each shipped rule
//! set (the arithmetic is written beside each case), properties, and refused input.
//! One test binary for all of it (one link instead of six).
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod bad_input;
mod common;
mod nd335;
mod props;
mod qd366;
mod qd3814;
mod ranking;
mod selection;
