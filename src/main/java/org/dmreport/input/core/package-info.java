/**
 * What every job of reading shares, and nothing else: how strictly a document is read
 * ({@link org.dmreport.input.core.ReadMode}), the bounds no input may pass
 * ({@link org.dmreport.input.core.ReadLimits}), the located failure that stops one document
 * ({@link org.dmreport.input.core.ReadFailure}) and the build's version
 * ({@link org.dmreport.input.core.BuildInfo}). It depends on no other part of {@code input}, and
 * every part of it may depend on this one.
 */
package org.dmreport.input.core;
