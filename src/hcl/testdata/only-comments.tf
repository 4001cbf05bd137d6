# only comments
// nothing else
/* at all */
