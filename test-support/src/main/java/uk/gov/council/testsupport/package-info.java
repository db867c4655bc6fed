/**
 * What the backend's tests and the benchmark share: {@link uk.gov.council.testsupport.ApiSession},
 * the one browser-like client of the HTTP API, and {@link uk.gov.council.testsupport.SampleRequests}.
 * It lives outside {@code uk.gov.council.socialgov} because it is no part of the application: the
 * backend's ModularityTest takes every class under that root on its class path for a feature.
 */
package uk.gov.council.testsupport;
