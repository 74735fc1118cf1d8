/**
 * Write: generated files to disk. A file is replaced atomically and only when its bytes change, so a
 * run that changes nothing touches nothing and incremental compilation stays incremental; files this
 * plugin generated earlier and no longer generates are removed.
 */
package io.errorcatalog.write;
