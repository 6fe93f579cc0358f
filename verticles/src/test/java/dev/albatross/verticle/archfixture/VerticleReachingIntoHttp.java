package dev.albatross.verticle.archfixture;

import dev.albatross.http.PirepNearCache;

/** Breaks {@code ArchitectureTest.VERTICLES_KNOW_NO_HTTP}: a verticle holding a piece of the HTTP edge. */
public final class VerticleReachingIntoHttp {
  private final PirepNearCache near;

  public VerticleReachingIntoHttp(PirepNearCache near) {
    this.near = near;
  }

  public PirepNearCache near() {
    return near;
  }
}
