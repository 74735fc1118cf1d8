/**
 * The compatibility gate, without Maven: a project's catalogs compared with their baseline (the catalogs as
 * last released), by one small rule class per kind of change ({@link io.errorcatalog.compat.CompatRules} is
 * their registry, with stable ids and default levels), and the history each release carries forward (each
 * error's first release, tombstones, retired codes).
 */
package io.errorcatalog.compat;
